/// The report's stylesheet: readable on screen, printable on A4 and Letter (the page size is left to the
/// printer so both fit; margins and breaks are set here).
enum ReportStyle {
    static let css = """
    :root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0072B2; --paper: #ffffff; --band: #f6f8fa; }
    * { box-sizing: border-box; }
    html { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); }
    body { margin: 0 auto; max-width: 1000px; padding: 24px 32px 64px; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 30px; margin: 0 0 6px; }
    h2 { font-size: 22px; margin: 40px 0 8px; padding-top: 12px; border-top: 3px solid var(--accent); }
    h3 { font-size: 17px; margin: 24px 0 6px; }
    p { margin: 6px 0 10px; }
    .subtitle { color: var(--muted); font-size: 16px; margin-bottom: 18px; }
    .muted, .note { color: var(--muted); font-size: 13px; }
    nav.toc { background: var(--band); padding: 12px 18px; border-radius: 6px; margin: 18px 0; }
    nav.toc ol { margin: 4px 0; padding-left: 22px; columns: 2; }
    nav.toc a { color: var(--ink); text-decoration: none; }
    .headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
    .headline div { background: var(--band); border-left: 4px solid var(--accent); padding: 10px 14px; border-radius: 4px; }
    .headline .value { font-size: 26px; font-weight: 700; display: block; }
    .headline .label { font-size: 13px; color: var(--muted); }
    .headline div.recommended { border-left-color: #1b7f3b; background: #eef7f0; }
    p.decision { border: 2px solid #1b7f3b; border-radius: 4px; padding: 10px 14px; background: #f6fbf7; }
    figure { margin: 16px 0 20px; break-inside: avoid; page-break-inside: avoid; }
    figure svg { width: 100%; height: auto; display: block; }
    figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 13px; }
    caption { text-align: left; font-weight: 600; font-size: 14px; padding: 4px 0; }
    th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
    th { text-align: left; background: var(--band); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .table-wrap { overflow-x: auto; }
    .flag { background: #fff8c5; border-left: 4px solid #bf8700; padding: 8px 12px; margin: 10px 0; }
    .absent { background: var(--band); border-left: 4px solid var(--muted); padding: 8px 12px; margin: 10px 0; color: var(--muted); }
    .maps { display: grid; grid-template-columns: 1fr; gap: 16px; max-width: 820px; }
    footer { margin-top: 48px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
    @media (max-width: 700px) { nav.toc ol { columns: 1; } body { padding: 12px; } }
    @page { margin: 16mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      nav.toc { break-after: page; }
      section.chapter { break-before: page; page-break-before: always; }
      h2 { border-top: none; }
      .table-wrap { overflow: visible; }
      a { color: inherit; text-decoration: none; }
      thead { display: table-header-group; }
    }
    """
}
