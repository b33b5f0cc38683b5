import RerouteCommands

// All commands live in the RerouteCommands library, so tests can run them in-process too.
Reroute.main()
