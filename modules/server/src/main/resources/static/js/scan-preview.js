// Shows the chosen scan before it is diarised: the browser's own PDF viewer for a PDF, the picture for an image.
// Nothing is uploaded until the form is sent; the preview is a local object URL of the chosen file.
(function () {
  var input = document.getElementById('scan');
  var box = document.getElementById('scan-preview');
  if (!input || !box) { return; }
  input.addEventListener('change', function () {
    box.textContent = '';
    var file = input.files && input.files[0];
    if (!file) { return; }
    var url = URL.createObjectURL(file);
    var view;
    if (file.type === 'application/pdf') {
      view = document.createElement('object');
      view.type = 'application/pdf';
      view.data = url;
    } else {
      view = document.createElement('img');
      view.src = url;
      view.alt = file.name;
    }
    view.className = 'scan-preview';
    box.appendChild(view);
  });
})();
