// Package vulnservice is a deliberately vulnerable example for the bolacheck
// demo and the analyzer's tests. Never deploy it.
//
// It serves the same data as the reference service in reference/api, with
// the same JWT authentication, but most handlers trust the object id in the
// request: any authenticated user can read, rename or delete anyone's
// objects (Broken Object Level Authorization, OWASP API1:2023). GetMyProfile
// is the one safe handler, there to show that bolacheck stays silent on it.
// GetMyItem checks ownership but answers 200 for a missing item (CWE-754).
package vulnservice
