-- Drive pplint lsp from Neovim: diagnostics, hover, a suppression code
-- action applied, and the diagnostics after it. Writes a report to out.
local bin, file, out = arg[1], arg[2], arg[3]
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "pplint", cmd = { bin, "lsp", "--debounce", "20ms" }, root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(buf, id)
local lines = {}
local function diags()
  local ls = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local text = vim.api.nvim_buf_get_text(buf, d.lnum, d.col, d.end_lnum, d.end_col, {})[1] or ""
    table.insert(ls, string.format("diag %d:%d-%d:%d %s %s", d.lnum, d.col, d.end_lnum, d.end_col, d.code or "?", text))
  end
  table.sort(ls)
  return ls
end
local function find(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then return d end
  end
end
if not vim.wait(20000, function() return find("grant-irrevocable") ~= nil end, 50) then
  vim.fn.writefile({ "no diagnostics" }, out)
  vim.cmd("qa!")
end
vim.list_extend(lines, diags())
local client = vim.lsp.get_client_by_id(id)
table.insert(lines, "encoding " .. tostring(client.offset_encoding))
local d = find("grant-irrevocable")
-- Hover in the middle of the span (the LSP position in the client's encoding).
local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
local ch = vim.str_utfindex(line, d.col + 3)
local res = vim.lsp.buf_request_sync(buf, "textDocument/hover",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = d.lnum, character = ch } }, 10000)
for _, r in pairs(res or {}) do
  if r.result then
    table.insert(lines, "hover " .. vim.split(r.result.contents.value, "\n")[1])
  end
end
-- The first code action (suppress here) for the diagnostic, applied.
local lsp_diag = d.user_data and d.user_data.lsp or {}
local acts = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) }, range = lsp_diag.range,
  context = { diagnostics = { lsp_diag } } }, 10000)
for _, r in pairs(acts or {}) do
  for _, a in ipairs(r.result or {}) do table.insert(lines, "action " .. a.title) end
  local first = (r.result or {})[1]
  if first and first.edit then
    vim.lsp.util.apply_workspace_edit(first.edit, client.offset_encoding)
  end
end
if vim.wait(20000, function() return find("grant-irrevocable") == nil and #vim.diagnostic.get(buf) > 0 end, 50) then
  table.insert(lines, "after the action:")
  vim.list_extend(lines, diags())
  table.insert(lines, "line " .. vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1])
else
  table.insert(lines, "grant-irrevocable still reported after the action")
end
vim.fn.writefile(lines, out)
vim.cmd("qa!")
