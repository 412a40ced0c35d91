package server

// Any caller deletes any note through the provider's service.

import (
	"net/http"

	"regress/provider_global_iface/provider"
)

func deleteNote(w http.ResponseWriter, r *http.Request) {
	if err := provider.Provider.Notes.DeleteNote(noteID(r)); err != nil { // want `path parameter "id" reaches service\.\(NoteService\)\.DeleteNote → \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
