// Report drafts: a button (or form) that deletes asks first; the question is its data-confirm text.
document.addEventListener('submit', function (event) {
  var asking = event.submitter && event.submitter.dataset.confirm ? event.submitter : event.target;
  if (asking.dataset && asking.dataset.confirm && !window.confirm(asking.dataset.confirm)) {
    event.preventDefault();
  }
});
