// Command refsvc runs the bolacheck reference service: profiles and items
// behind HS256 JWT authentication, with every object tied to the caller.
//
//	BOLA_REF_KEY=$(openssl rand -hex 32) go run ./reference/cmd/refsvc -addr :8080
//	BOLA_REF_KEY=... go run ./reference/cmd/refsvc -mint alice
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/bolacheck/bolacheck/reference/api"
	"github.com/bolacheck/bolacheck/reference/auth"
	"github.com/bolacheck/bolacheck/reference/store"
)

const keyEnv = "BOLA_REF_KEY"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout)
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "refsvc:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	fs := flag.NewFlagSet("refsvc", flag.ContinueOnError)
	addr := fs.String("addr", "localhost:8080", "listen `address`")
	key := fs.String("key", "", "HS256 signing `key`, at least 32 bytes (default $"+keyEnv+"; prefer the variable, flags show up in ps)")
	issuer := fs.String("issuer", "bolacheck-refsvc", "required iss claim")
	audience := fs.String("audience", "bolacheck-refsvc-api", "required aud claim")
	dsn := fs.String("dsn", store.DefaultDSN, "SQLite data source `name`")
	mint := fs.String("mint", "", "print a token for `subject` and exit")
	ttl := fs.Duration("ttl", time.Hour, "lifetime of a token printed by -mint")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	if *key == "" {
		*key = getenv(keyEnv)
	}
	if *key == "" {
		return errors.New("no signing key: set " + keyEnv + " or pass -key")
	}
	v, err := auth.NewVerifier([]byte(*key), *issuer, *audience)
	if err != nil {
		return err
	}

	if *mint != "" {
		token, err := v.Mint(*mint, *ttl)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(stdout, token)
		return err
	}

	db, err := store.Open(*dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	return serve(ctx, *addr, api.New(db, v))
}

// serve runs the server until ctx is cancelled, then lets requests in
// flight finish.
func serve(ctx context.Context, addr string, h http.Handler) error {
	srv := &http.Server{
		Addr:    addr,
		Handler: h,
		// Timeouts keep slow or idle clients from holding connections forever.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       time.Minute,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	slog.Info("refsvc listening", "addr", addr)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}
