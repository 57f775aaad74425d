// Report drafts: a button (or form) that deletes asks first; the question is its data-confirm text.
document.addEventListener('submit', function (event) {
  var asking = event.submitter && event.submitter.dataset.confirm ? event.submitter : event.target;
  if (asking.dataset && asking.dataset.confirm && !window.confirm(asking.dataset.confirm)) {
    event.preventDefault();
  }
});

// "Copy": the paragraph's text as plain text (without its number), in one click.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('.copy-text') : null;
  if (!button) {
    return;
  }
  var text = button.closest('.draft-block').querySelector('.report-paragraph-text');
  if (!text || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(text.textContent.trim()).then(function () {
    button.textContent = button.dataset.copied;
  });
});
