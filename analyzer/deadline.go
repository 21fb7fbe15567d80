package analyzer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// DefaultPolicyTimeout bounds the evaluation of all policies on one
// document when Options.PolicyTimeout is zero.
const DefaultPolicyTimeout = 10 * time.Second

// ErrPolicyTimeout is wrapped by the error of an evaluation that ran out of time.
var ErrPolicyTimeout = errors.New("policy evaluation exceeded the time limit")

func (a *Analyzer) timeout() time.Duration {
	if a.opts.PolicyTimeout > 0 {
		return a.opts.PolicyTimeout
	}
	return DefaultPolicyTimeout
}

// eval evaluates the entrypoint on one input within the policy time limit.
// When the limit is hit, it evaluates once more with a tracer to name the
// policy file and line that was running, so the author knows which rule to
// fix.
func (a *Analyzer) eval(ctx context.Context, val ast.Value) (rego.ResultSet, error) {
	if err := a.prepared(); err != nil {
		return nil, err
	}
	limit := a.timeout()
	dctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	rs, err := a.query.Eval(dctx, rego.EvalParsedInput(val))
	if err == nil || !topdown.IsCancel(err) || dctx.Err() != context.DeadlineExceeded || ctx.Err() != nil {
		return rs, err
	}
	where := a.slowest(ctx, val, limit)
	return nil, fmt.Errorf("%w (%s)%s; raise --policy-timeout or simplify the rule", ErrPolicyTimeout, limit, where)
}

// slowest re-runs the evaluation under a tracer and names the policy file
// that took most evaluation steps before the time ran out, with the last
// line evaluated in it.
func (a *Analyzer) slowest(ctx context.Context, val ast.Value, limit time.Duration) string {
	t := &stepCounter{steps: map[string]int{}, row: map[string]int{}}
	dctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	_, _ = a.query.Eval(dctx, rego.EvalParsedInput(val), rego.EvalQueryTracer(t))
	if file, row := t.busiest(); file != "" {
		return fmt.Sprintf(" in %s:%d", file, row)
	}
	return ""
}

// stepCounter is a query tracer that counts evaluation events per policy
// file and remembers the last line evaluated in each.
type stepCounter struct {
	mu    sync.Mutex
	steps map[string]int
	row   map[string]int
}

func (t *stepCounter) Enabled() bool { return true }

func (t *stepCounter) Config() topdown.TraceConfig { return topdown.TraceConfig{} }

func (t *stepCounter) TraceEvent(e topdown.Event) {
	if e.Location == nil || e.Location.File == "" {
		return
	}
	t.mu.Lock()
	t.steps[e.Location.File]++
	t.row[e.Location.File] = e.Location.Row
	t.mu.Unlock()
}

// busiest returns the file with most steps (ties: the first by name).
func (t *stepCounter) busiest() (string, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	best := ""
	for f, n := range t.steps {
		if best == "" || n > t.steps[best] || (n == t.steps[best] && f < best) {
			best = f
		}
	}
	return best, t.row[best]
}
