"use strict";
// Polls the push status once a second; the server learns the answer from the OneTouch
// callback, or asks Authy itself when no callback arrives.
(function () {
	const page = document.getElementById("push");
	const message = document.getElementById("push-message");
	const form = document.getElementById("push-complete");
	const texts = {
		DENIED: "You denied the push, so you are not logged in.",
		EXPIRED: "The push expired before it was answered.",
		USED: "This push was already used."
	};
	let attempts = 0;
	function finish(status) {
		if (status === "APPROVED") {
			message.textContent = "Approved. Logging you in…";
			form.submit();
			return true;
		}
		if (texts[status]) {
			message.textContent = texts[status];
			return true;
		}
		return false;
	}
	async function poll() {
		attempts++;
		try {
			const response = await fetch(page.dataset.statusUrl, { headers: { "Accept": "application/json" } });
			if (response.ok) {
				const body = await response.json();
				if (finish(body.status)) {
					return;
				}
			}
		}
		catch (e) {
			// A network hiccup: try again on the next tick.
		}
		if (attempts < 600) {
			setTimeout(poll, 1000);
		}
	}
	if (!finish(page.dataset.status)) {
		form.hidden = true;
		setTimeout(poll, 1000);
	}
})();
