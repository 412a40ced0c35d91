package server

// The helper checks a group the client names, not the note's: any note
// is written to a caller who owns some group.

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"regress/provider_global_iface/access"
	"regress/provider_global_iface/provider"
)

func getNoteOfNamedGroup(w http.ResponseWriter, r *http.Request) {
	if err := access.RequireGroup(r.URL.Query().Get("group"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	n, err := provider.Provider.Notes.GetNote(noteID(r)) // want `path parameter "id" reaches service\.\(NoteService\)\.GetNote → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(n)
}
