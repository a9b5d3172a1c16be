// Patient page: several files at once (picker, camera or drag and drop), an upload progress bar per file, then the
// reading progress of each document until it is done or has failed; the page reloads to show the new guidance.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var uploadUrl = form.getAttribute('data-upload-url');
  var statusUrl = form.getAttribute('data-status-url');
  var list = document.getElementById('uploads');
  var picker = document.getElementById('file');
  var camera = document.getElementById('camera');
  var zone = document.getElementById('drop-zone');
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');
  var pending = 0;
  var changed = false;

  function csrf(xhr) {
    if (tokenMeta && headerMeta) {
      xhr.setRequestHeader(headerMeta.getAttribute('content'), tokenMeta.getAttribute('content'));
    }
  }

  function row(name) {
    var li = document.createElement('li');
    li.className = 'upload';
    var title = document.createElement('span');
    title.className = 'upload-name';
    title.textContent = name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Upload of ' + name);
    var state = document.createElement('span');
    state.className = 'upload-state';
    state.setAttribute('role', 'status');
    state.textContent = 'uploading';
    li.appendChild(title);
    li.appendChild(bar);
    li.appendChild(state);
    list.appendChild(li);
    return { li: li, bar: bar, state: state };
  }

  function problem(xhr) {
    try {
      var body = JSON.parse(xhr.responseText);
      if (body.detail) {
        return body.detail;
      }
    } catch (e) {
      // not JSON
    }
    if (xhr.status === 413) {
      return 'The file is too large.';
    }
    return 'The upload did not work (error ' + xhr.status + '). Please try again.';
  }

  function finished() {
    pending--;
    if (pending === 0 && changed) {
      var done = document.createElement('li');
      done.className = 'info';
      done.textContent = 'All files are read. Updating your guidance…';
      list.appendChild(done);
      window.setTimeout(function () { window.location.reload(); }, 800);
    }
  }

  function poll(id, ui) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', statusUrl + encodeURIComponent(id) + '/status');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) {
        ui.state.textContent = 'Could not check on this document (error ' + xhr.status + ').';
        ui.li.classList.add('failed');
        finished();
        return;
      }
      var d = JSON.parse(xhr.responseText);
      ui.state.textContent = d.text;
      if (d.status === 'PROCESSING' && d.page && d.pages) {
        ui.bar.max = d.pages;
        ui.bar.value = d.page;
        ui.bar.setAttribute('aria-label', 'Reading of ' + d.name);
      }
      if (d.status === 'DONE') {
        ui.bar.max = 1;
        ui.bar.value = 1;
        ui.li.classList.add('done');
        changed = true;
        finished();
      } else if (d.status === 'FAILED') {
        ui.li.classList.add('failed');
        ui.state.classList.add('alert');
        changed = true;
        finished();
      } else {
        window.setTimeout(function () { poll(id, ui); }, 1000);
      }
    };
    xhr.onerror = function () {
      window.setTimeout(function () { poll(id, ui); }, 3000);
    };
    xhr.send();
  }

  function upload(file) {
    var ui = row(file.name);
    pending++;
    var data = new FormData();
    data.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl);
    csrf(xhr);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        ui.bar.value = Math.round((e.loaded / e.total) * 100);
        ui.state.textContent = 'uploading ' + ui.bar.value + '%';
      }
    };
    xhr.onload = function () {
      if (xhr.status === 202 || xhr.status === 200) {
        var d = JSON.parse(xhr.responseText);
        ui.bar.value = 0;
        ui.state.textContent = 'uploaded, ' + d.text;
        poll(d.id, ui);
      } else {
        ui.li.classList.add('failed');
        ui.state.classList.add('alert');
        ui.state.textContent = problem(xhr);
        finished();
      }
    };
    xhr.onerror = function () {
      ui.li.classList.add('failed');
      ui.state.classList.add('alert');
      ui.state.textContent = 'The connection was lost during the upload. Please try again.';
      finished();
    };
    xhr.send(data);
  }

  function uploadAll(files) {
    var empty = document.getElementById('no-documents');
    if (empty && files.length) {
      empty.textContent = 'Your files are being read now; they are listed here once they have been read.';
    }
    for (var i = 0; i < files.length; i++) {
      upload(files[i]);
    }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var files = [];
    [picker, camera].forEach(function (input) {
      for (var i = 0; i < input.files.length; i++) {
        files.push(input.files[i]);
      }
      input.value = '';
    });
    if (files.length === 0) {
      picker.focus();
      return;
    }
    uploadAll(files);
  });

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.add('dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.remove('dragging');
    });
  });
  zone.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      uploadAll(e.dataTransfer.files);
    }
  });

  // Documents already on the page that are still being read.
  var rows = document.querySelectorAll('tr[data-document-id]');
  for (var i = 0; i < rows.length; i++) {
    var st = rows[i].getAttribute('data-status');
    if (st === 'QUEUED' || st === 'PROCESSING') {
      var cell = rows[i].querySelector('.doc-status');
      var bar = document.createElement('progress');
      bar.setAttribute('aria-label', 'Reading progress');
      cell.parentNode.insertBefore(bar, cell);
      pending++;
      poll(rows[i].getAttribute('data-document-id'), { li: rows[i], bar: bar, state: cell });
    }
  }
})();
