// Every htmx request carries the session's CSRF token, as Spring Security asks of any state-changing request.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});

// A refused or failed htmx action (htmx swaps nothing on an error) says so at the top of the page, in the page's language.
document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr.status;
    var texts = document.body.dataset;
    var box = document.getElementById('htmx-error');
    if (!box) {
        box = document.createElement('p');
        box.id = 'htmx-error';
        box.className = 'error';
        box.setAttribute('role', 'alert');
        document.querySelector('main').prepend(box);
    }
    box.textContent = status === 403 ? texts.errorForbidden : texts.errorOther.replace('{0}', status);
});
