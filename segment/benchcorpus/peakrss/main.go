// Command peakrss runs a command and prints its peak resident memory in KB
// and its CPU time in microseconds to stderr as "peakrss KB CPU_US". The
// benchmarks launch pplint through it because a process started directly by
// a large test binary reports that binary's memory as its own peak (Linux
// counts the parent's pages shared until exec).
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: peakrss command [args...]")
		os.Exit(2)
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(2)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	fmt.Fprintf(os.Stderr, "peakrss %d %d\n", ru.Maxrss, cpu.Microseconds())
	os.Exit(cmd.ProcessState.ExitCode())
}
