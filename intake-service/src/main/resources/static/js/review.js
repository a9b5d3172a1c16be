// Review screen: selecting a fact shows its page and draws its provenance box over the page image, and marks its
// source text. Boxes are in the page's provenance pixels (300 dpi for PDFs, the upload's pixels for images);
// data-page-widths gives each page's width in them ("1:2550,2:2550"), so the box scales to the image as shown,
// whatever resolution it was rendered at.
(function () {
  'use strict';
  var review = document.getElementById('review');
  if (!review) {
    return;
  }
  var pageUrl = review.getAttribute('data-page-url');
  var pageWidths = {};
  (review.getAttribute('data-page-widths') || '').split(',').forEach(function (entry) {
    var parts = entry.split(':');
    if (parts.length === 2) {
      pageWidths[parts[0]] = Number(parts[1]);
    }
  });
  var image = document.getElementById('page-image');
  var highlight = document.getElementById('highlight');
  var pageNumber = document.getElementById('page-number');
  var current = null;

  function showPage(page, then) {
    pageNumber.textContent = page;
    var target = new URL(pageUrl + page, window.location.href).href;
    var loaded = function () {
      image.removeEventListener('load', loaded);
      then();
    };
    if (image.src !== target) {
      highlight.classList.add('hidden');
      image.addEventListener('load', loaded);
      image.src = target;
    } else if (image.complete && image.naturalWidth > 0) {
      then();
    } else {
      image.addEventListener('load', loaded);
    }
  }

  function draw() {
    if (!current) {
      return;
    }
    var box = current.getAttribute('data-box');
    var source = current.querySelector('.source');
    if (source) {
      source.classList.add('selected-text');
    }
    var width = pageWidths[current.getAttribute('data-page')];
    if (!box || !width || image.naturalWidth === 0) {
      highlight.classList.add('hidden');
      return;
    }
    var b = box.split(',').map(Number);
    var k = image.clientWidth / width;
    var pad = 3;
    highlight.style.left = (b[0] * k - pad) + 'px';
    highlight.style.top = (b[1] * k - pad) + 'px';
    highlight.style.width = (b[2] * k + 2 * pad) + 'px';
    highlight.style.height = (b[3] * k + 2 * pad) + 'px';
    highlight.classList.remove('hidden');
  }

  function select(fact) {
    var previous = document.querySelectorAll('.fact.selected, .source.selected-text');
    for (var i = 0; i < previous.length; i++) {
      previous[i].classList.remove('selected');
      previous[i].classList.remove('selected-text');
    }
    current = fact;
    fact.classList.add('selected');
    showPage(fact.getAttribute('data-page'), draw);
  }

  var buttons = document.querySelectorAll('.select-fact');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (e) {
      select(e.target.closest('.fact'));
    });
  }
  var pages = document.querySelectorAll('.page-button');
  for (var j = 0; j < pages.length; j++) {
    pages[j].addEventListener('click', function (e) {
      current = null;
      highlight.classList.add('hidden');
      showPage(e.target.getAttribute('data-page'), function () {});
    });
  }
  window.addEventListener('resize', draw);
  var preselected = document.querySelector('.fact.selected');
  if (preselected) {
    select(preselected);
  }
})();
