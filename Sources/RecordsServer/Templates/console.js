// The call-taker console's keyboard: 1–5 choose the line, Y/N/U answer the current question, ↑ goes back,
// Enter decides and records, / returns to the incident number. Served from /static (no inline script).
(function () {
  var form = document.getElementById('screen-form');
  if (!form) return;
  var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
  var current = 0;
  function show(i) {
    current = Math.max(0, Math.min(i, questions.length - 1));
    questions.forEach(function (q, j) { q.classList.toggle('current', j === current); });
  }
  function choose(value) {
    var input = questions[current].querySelector('input[value="' + value + '"]');
    if (!input) return;
    input.checked = true;
    if (current < questions.length - 1) show(current + 1); else document.getElementById('decide').focus();
  }
  function submit() { if (form.requestSubmit) form.requestSubmit(); else form.submit(); }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = t && t.tagName === 'INPUT' && (t.type === 'text' || t.type === 'search');
    if (typing) {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (t.id === 'incident') document.getElementById('call_type').focus(); else { t.blur(); show(0); }
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var k = e.key.toLowerCase();
    if (/^[1-5]$/.test(k) && questions[current].dataset.field === 'source') {
      var radios = questions[current].querySelectorAll('input');
      radios[Number(k) - 1].checked = true;
      show(current + 1);
    } else if (k === 'y') choose('yes');
    else if (k === 'n') choose('no');
    else if (k === 'u') choose('unknown');
    else if (k === 'arrowup') show(current - 1);
    else if (k === 'arrowdown') show(current + 1);
    else if (k === 'enter') submit();
    else if (k === '/') document.getElementById('incident').focus();
    else return;
    e.preventDefault();
  });
  show(0);
})();
