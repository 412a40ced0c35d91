package knowledge

import (
	"strings"
	"sync"
)

// IsTablePackage reports whether the tables name something of the package
// with import path path. A package that imports none of them, and no
// package with summaries, cannot hold anything the analyzer looks for.
func IsTablePackage(path string) bool {
	packagesOnce.Do(indexPackages)
	return packages[path]
}

var (
	packages     = map[string]bool{}
	packagesOnce sync.Once
)

// indexPackages runs after every init of the tables has filled them.
func indexPackages() {
	for k := range Sources {
		addPackageOf(k)
	}
	for k := range Binders {
		addPackageOf(k)
	}
	for k := range Sinks {
		addPackageOf(k)
	}
	for k := range SubjectFuncs {
		addPackageOf(k)
	}
	for k := range VerifyFuncs {
		addPackageOf(k)
	}
	for k := range Middlewares {
		addPackageOf(k)
	}
	for k := range Routes {
		addPackageOf(k)
	}
	for k := range ClaimsTypes {
		addPackageOf(k)
	}
	for k := range Authorizers {
		addPackageOf(k)
	}
}

func addPackageOf(key string) {
	if p := PackageOf(key); p != "" {
		packages[p] = true
	}
}

// PackageOf returns the package of a key: "(*database/sql.DB).Query" and
// "github.com/go-chi/chi/v5.URLParam" name database/sql and chi/v5.
func PackageOf(key string) string {
	if strings.HasPrefix(key, "(") {
		end := strings.Index(key, ")")
		if end < 0 {
			return ""
		}
		key = strings.TrimPrefix(key[1:end], "*")
	}
	if strings.HasPrefix(key, EntPrefix) {
		return ""
	}
	if i := strings.LastIndex(key, "."); i > 0 {
		return key[:i]
	}
	return ""
}

// IsKey reports whether any table names the function or method key.
func IsKey(key string) bool {
	keysOnce.Do(indexKeys)
	return keys[key]
}

var (
	keys     = map[string]bool{}
	keysOnce sync.Once
)

func indexKeys() {
	for _, m := range []map[string]bool{SubjectFuncs, VerifyFuncs, Middlewares, Authorizers, Uses, ResponseMethods, NextCalls, ErrorConstructors} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range Sources {
		keys[k] = true
	}
	for k := range Binders {
		keys[k] = true
	}
	for k := range Sinks {
		keys[k] = true
	}
	for k := range Chains {
		keys[k] = true
	}
	for k := range ContextStores {
		keys[k] = true
	}
	for k := range ContextLoads {
		keys[k] = true
	}
	for k := range Routes {
		keys[k] = true
	}
	for k := range Derives {
		keys[k] = true
	}
}
