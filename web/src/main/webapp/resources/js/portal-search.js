// On a narrow screen the filters start folded above the results, so the results come first; without
// JavaScript they stay open (and can still be folded by their summary).
document.addEventListener('DOMContentLoaded', function () {
  var facets = document.getElementById('facets');
  if (facets && window.matchMedia('(max-width: 700px)').matches) facets.removeAttribute('open');
});
