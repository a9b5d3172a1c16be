// Review screen: selecting a fact shows its page and draws its provenance box over the page image (boxes are in
// pixels at the reader's 300 dpi; data-box-scale converts them to the served image), or marks its source text.
(function () {
  'use strict';
  var review = document.getElementById('review');
  if (!review) {
    return;
  }
  var pageUrl = review.getAttribute('data-page-url');
  var boxScale = parseFloat(review.getAttribute('data-box-scale')) || 1;
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
    if (!box || image.naturalWidth === 0) {
      highlight.classList.add('hidden');
      return;
    }
    var b = box.split(',').map(Number);
    var k = boxScale * (image.clientWidth / image.naturalWidth);
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
