// Passkeys in the browser: the server's WebAuthn options in, the credential out as JSON in the form's hidden field,
// then the form is posted as any other. Forms marked data-passkey="get" sign in, data-passkey="create" add a passkey.
// Without WebAuthn the forms are hidden and a sentence says why; without scripts noscript.css hides them and a
// <noscript> says it (shown from the start otherwise, so the page does not shift when scripts run).
(function () {
    'use strict';

    var supported = !!(window.PublicKeyCredential && navigator.credentials);
    var autofill = null;

    function toBytes(text) {
        var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
        return bytes.buffer;
    }

    function toText(buffer) {
        var bytes = new Uint8Array(buffer), binary = '';
        for (var i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function creationOptions(json) {
        if (PublicKeyCredential.parseCreationOptionsFromJSON) { return PublicKeyCredential.parseCreationOptionsFromJSON(json); }
        json.challenge = toBytes(json.challenge);
        json.user.id = toBytes(json.user.id);
        (json.excludeCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
        return json;
    }

    function requestOptions(json) {
        if (PublicKeyCredential.parseRequestOptionsFromJSON) { return PublicKeyCredential.parseRequestOptionsFromJSON(json); }
        json.challenge = toBytes(json.challenge);
        (json.allowCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
        return json;
    }

    function credentialJson(credential) {
        if (credential.toJSON) { return JSON.stringify(credential.toJSON()); }
        var r = credential.response, response = { clientDataJSON: toText(r.clientDataJSON) };
        if (r.attestationObject) {
            response.attestationObject = toText(r.attestationObject);
            response.transports = r.getTransports ? r.getTransports() : [];
        } else {
            response.authenticatorData = toText(r.authenticatorData);
            response.signature = toText(r.signature);
            if (r.userHandle) { response.userHandle = toText(r.userHandle); }
        }
        return JSON.stringify({
            id: credential.id, rawId: toText(credential.rawId), type: credential.type, response: response,
            authenticatorAttachment: credential.authenticatorAttachment || null,
            clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {}
        });
    }

    function options(form) {
        var body = new FormData();
        body.append('__RequestVerificationToken', form.querySelector('[name="__RequestVerificationToken"]').value);
        return fetch(form.getAttribute('data-options'), { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (response) {
                // Too long since the member proved who they are: the page that asks again.
                if (response.status === 403 && form.getAttribute('data-confirm')) { window.location.assign(form.getAttribute('data-confirm')); }
                if (!response.ok) { throw new Error('options ' + response.status); }
                return response.json();
            });
    }

    function say(form, message) {
        var status = form.querySelector('.passkey-status');
        if (status) { status.textContent = message; status.hidden = false; }
    }

    function ceremony(form, mediation) {
        var creating = form.getAttribute('data-passkey') === 'create';
        var abort = new AbortController();
        return options(form).then(function (json) {
            var call = creating
                ? navigator.credentials.create({ publicKey: creationOptions(json), signal: abort.signal })
                : navigator.credentials.get({ publicKey: requestOptions(json), mediation: mediation, signal: abort.signal });
            return { abort: abort, done: call };
        });
    }

    function post(form, credential) {
        form.querySelector('[name="credential"]').value = credentialJson(credential);
        form.setAttribute('data-sending', 'true');
        form.submit();
    }

    function start(form) {
        if (autofill) { autofill.abort(); autofill = null; }
        say(form, form.getAttribute('data-waiting'));
        ceremony(form, 'optional')
            .then(function (call) { return call.done; })
            .then(function (credential) { post(form, credential); })
            .catch(function (error) {
                // Cancelled by the member, refused by the device or timed out: they may try again.
                say(form, error && error.name === 'InvalidStateError' ? form.getAttribute('data-exists') : form.getAttribute('data-cancelled'));
            });
    }

    // Passkeys offered in the address field's suggestions where the browser can; the button stays for the others.
    function offerInAutofill(form) {
        if (!PublicKeyCredential.isConditionalMediationAvailable) { return; }
        PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
            if (!available) { return; }
            ceremony(form, 'conditional').then(function (call) {
                autofill = call.abort;
                return call.done;
            }).then(function (credential) {
                if (credential) { post(form, credential); }
            }).catch(function () { /* replaced by the button, or nothing chosen */ });
        });
    }

    document.querySelectorAll('form[data-passkey]').forEach(function (form) {
        if (!supported) {
            form.hidden = true;
            var missing = form.parentNode.querySelector('.passkey-unsupported');
            if (missing) { missing.hidden = false; }
            return;
        }

        form.addEventListener('submit', function (event) {
            if (form.getAttribute('data-sending') === 'true') { return; }
            event.preventDefault();
            start(form);
        });
        if (form.getAttribute('data-passkey') === 'get') { offerInAutofill(form); }
    });
})();
