// Reveals the validation messages when a step is submitted with missing fields.
document.querySelectorAll('form[data-etape]').forEach((form) => {
  form.addEventListener('submit', (event) => {
    form.classList.add('soumis');
    if (!form.checkValidity()) event.preventDefault();
  });
  form.noValidate = true;
});
