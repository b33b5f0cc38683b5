import Hummingbird
import ResponderRecords

/// Administrators: users (list, add) and the audit log (recent entries, chain check).
struct AdminRoutes {
    let services: RecordsServices

    private func requireAdministrator(_ context: RecordsRequestContext) throws -> Requester {
        let requester = try context.requester()
        guard requester.user.role == .administrator else { throw RecordsError.forbidden(reason: "only administrators manage users and the audit log") }
        return requester
    }

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/admin/users") { _, context in
            _ = try requireAdministrator(context)
            let users = try await services.accounts.users()
            return services.pages.render("users", [
                "title": "Users", "users": users.map { ["name": $0.name, "role": $0.role.rawValue, "team": $0.team, "program": $0.program] },
                "roles": Role.allCases.map { ["value": $0.rawValue] },
            ], context: context)
        }
        router.post("/admin/users") { request, context in
            let requester = try requireAdministrator(context)
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            guard let roleText = form["role"], let role = Role(rawValue: roleText) else {
                throw RecordsError.invalidField(field: "role", value: form["role"] ?? "", expected: Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try await services.accounts.createUser(name: form["name"] ?? "", role: role, team: form["team"] ?? "-",
                                                   program: form["program"] ?? requester.user.program, password: form.fields["password"]?.first ?? "",
                                                   by: requester.user.name, address: requester.address)
            return Response(status: .seeOther, headers: [.location: "/admin/users"])
        }
        router.get("/admin/audit") { _, context in
            _ = try requireAdministrator(context)
            let verification = try await AuditLog.verify(services.database)
            let entries = try await AuditLog.recent(services.database, limit: 200)
            return services.pages.render("audit", [
                "title": "Audit log", "intact": verification.isIntact, "checked": verification.entriesChecked,
                "brokenID": verification.firstBroken?.id ?? 0, "brokenReason": verification.firstBroken?.reason ?? "",
                "entries": entries.map { ["id": $0.id, "at": $0.at, "user": $0.userName, "role": $0.role, "address": $0.address,
                                          "action": $0.action, "entity": $0.entity, "entityID": $0.entityID, "detail": $0.detail] },
            ], context: context)
        }
    }
}
