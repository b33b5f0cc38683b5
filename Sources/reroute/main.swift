import RerouteCommands

// All commands live in the RerouteCommands library, so tests can run them in-process too; `runMain` is the one
// place where errors become exit statuses.
Reroute.runMain()
