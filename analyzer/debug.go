package analyzer

import (
	"fmt"
	"os"
)

// trace switches on a trace of every function's summary on stderr.
const trace = false

func debugf(format string, args ...any) {
	if trace {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}
