package server

// The note is loaded, and the helper checks that the caller owns the
// note's group before the note is written.

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"regress/provider_global_iface/access"
	"regress/provider_global_iface/provider"
)

func getGroupNote(w http.ResponseWriter, r *http.Request) {
	n, err := provider.Provider.Notes.GetNote(noteID(r))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := access.RequireGroup(n.GroupID, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = json.NewEncoder(w).Encode(n)
}
