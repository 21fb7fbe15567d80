package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// policyTemplates is the custom policy directory `pplint init --policy`
// writes: one example rule with its test and README.
//
//go:embed templates/policy
var policyTemplates embed.FS

const policyTemplateRoot = "templates/policy"

// scaffoldPolicy writes the example custom policy into dir, creating it.
// Existing files are an error unless force is set.
func scaffoldPolicy(dir string, force bool) error {
	root, err := fs.Sub(policyTemplates, policyTemplateRoot)
	if err != nil {
		return fmt.Errorf("scaffold policy: %w", err)
	}
	var files []string
	err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("scaffold policy: %w", err)
	}
	if !force {
		for _, p := range files {
			dst := filepath.Join(dir, filepath.FromSlash(p))
			if _, err := os.Stat(dst); err == nil {
				return fmt.Errorf("scaffold policy: %s exists (use --force to overwrite)", dst)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("scaffold policy: %w", err)
			}
		}
	}
	for _, p := range files {
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return fmt.Errorf("scaffold policy: %w", err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("scaffold policy: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return fmt.Errorf("scaffold policy: %w", err)
		}
	}
	return nil
}
