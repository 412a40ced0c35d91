// Package log is a minimal stub of github.com/labstack/gommon/log@v0.5.0 for analyzer tests.
package log

type (
	// Lvl is a logging level.
	Lvl uint8

	// JSON is a JSON log entry.
	JSON map[string]interface{}
)

const (
	DEBUG Lvl = iota + 1
	INFO
	WARN
	ERROR
	OFF
)
