import CallAnalysis
import Vocabulary

/// The recommendations chapter: one section per topic of the LEAP report (hours, team composition, dispatch
/// screening, direct line, joint response, documentation and evaluation, oversight), each with the number behind
/// it and where it comes from; Figure 8 (primary skill needed) with team composition, Figure 2 (sample
/// narratives) with screening, Figures 19-20 (the evaluation data plan) with documentation and evaluation.
///
/// The content is ``ProgramAdvice`` (CallAnalysis), the same value `summary.json` carries as `advice`.
extension HTMLReport {
    /// The advice of this report: the one the run computed, or computed here from the content.
    var advice: ProgramAdvice {
        content.advice ?? content.analysis.programAdvice(recommendation: content.recommendation,
                                                         callsPerTeamShift: content.plan.map { $0.plan.callsPerShift.average })
    }

    func recommendations() -> String {
        let advice = self.advice
        var out = HTML.p("What this data supports on each question the program's design must settle. Every recommendation states the number behind it and where that number comes from; the staffing answer is in the chapter before.")
        for item in advice.items {
            out += "<section class=\"advice\" id=\"advice-\(HTML.escape(item.id))\" aria-labelledby=\"h-advice-\(HTML.escape(item.id))\">"
            out += "<h3 id=\"h-advice-\(HTML.escape(item.id))\">\(HTML.escape(item.topic))</h3>"
            out += HTML.p(item.advice)
            out += "<p class=\"note\"><strong>The number:</strong> \(HTML.escape(item.figure)). <strong>From:</strong> \(HTML.escape(item.basis)).</p>"
            switch item.id {
            case "team": out += skillFigure(advice.skills)
            case "screening": out += sampleNarratives()
            case "evaluation": out += evaluationPlan(advice.evaluation)
            default: break
            }
            out += "</section>"
        }
        return out
    }

    /// Figure 8: eligible calls by primary skill, a bar chart and its table.
    func skillFigure(_ skills: SkillNeeds) -> String {
        guard !skills.rows.isEmpty else { return absent("Figure 8 is not available: this export has no calls of the eligible types.") }
        let svg = ChartKit.bars(title: "Primary skill needed on eligible calls", description: "Eligible calls by the primary skill of their call type.",
                                categories: skills.rows.map(\.skill.label), values: skills.rows.map(\.eligibleCalls), format: .integer,
                                valueLabel: "Eligible calls", horizontal: true)
        return figure(svg, caption: "Figure 8. Primary skill needed to service eligible calls (one skill per call type; the rule for each type is under Methods).")
            + HTML.table(skills.table, hiding: ["skill"])
    }

    /// Figure 2: a handful of this export's narratives with the screener's verdict and reasons.
    func sampleNarratives() -> String {
        let examples = content.analysis.narrativeExamples()
        guard let table = content.analysis.narrativeExampleTable(examples) else {
            return HTML.p("Figure 2 (sample narratives) is not available: this export has no call narratives, so neither sample calls nor the screener's verdicts on them can be shown.", cls: "note")
        }
        return HTML.table(table, hiding: ["call_type"])
    }

    /// Figures 19-20: the evaluation questions this export can answer, and the fields it lacks.
    func evaluationPlan(_ plan: EvaluationDataPlan) -> String {
        var out = ""
        let absentFields = plan.fields.filter { !$0.presence.isUsable }.map(\.field.rawValue)
        if !absentFields.isEmpty {
            out += HTML.p("Not available in this export: \(absentFields.joined(separator: ", ")). The questions that need them say so below.", cls: "note")
        }
        return out + HTML.table(plan.table)
    }
}
