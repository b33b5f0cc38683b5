extension Scenario {
    /// Every parameter of the scenario with its dotted name, in file order.
    public var allParameters: [(name: String, parameter: Parameter)] {
        var list: [(String, Parameter)] = [
            ("demand.period_days", demand.periodDays),
            ("demand.citizen_initiated_calls", demand.citizenInitiatedCalls),
        ]
        for type in demand.callTypes {
            list.append(("demand.\(type.code).citizen_initiated_calls", type.citizenInitiatedCalls))
            list.append(("demand.\(type.code).eligibility_rate", type.eligibilityRate))
            if let minutes = type.policeMinutesPerCall { list.append(("demand.\(type.code).police_minutes_per_call", minutes)) }
            if let share = type.behaviouralHealthShare { list.append(("demand.\(type.code).behavioural_health_share", share)) }
        }
        list += [
            ("projection.capture_rate", projection.captureRate),
            ("projection.officer_referrals_per_100_diverted", projection.officerReferralsPer100),
            ("projection.new_calls_per_100_diverted", projection.newCallsPer100),
            ("projection.self_initiated_per_100_diverted", projection.selfInitiatedPer100),
            ("calls_per_shift.shift_hours", callsPerShift.shiftHours),
            ("calls_per_shift.productive_share", callsPerShift.productiveShare),
        ]
        for peer in callsPerShift.peerPrograms {
            if let value = peer.callsPerShift { list.append(("calls_per_shift.\(peer.name).calls_per_shift", value)) }
            if let value = peer.shiftHours { list.append(("calls_per_shift.\(peer.name).shift_hours", value)) }
            if let value = peer.minutesPerCall { list.append(("calls_per_shift.\(peer.name).minutes_per_call", value)) }
        }
        list += [
            ("staffing.team_size", staffing.teamSize), ("staffing.shifts_per_week", staffing.shiftsPerWeek),
            ("staffing.vacation_days", staffing.vacationDays), ("staffing.holidays", staffing.holidays),
            ("staffing.sick_days", staffing.sickDays), ("staffing.training_days", staffing.trainingDays),
            ("pilot.capacity", pilot.capacity),
        ]
        for phase in budget.phases {
            for line in phase.lines {
                if let amount = line.amount { list.append(("budget.\(phase.name).\(line.name)", amount)) }
            }
        }
        return list
    }
}
