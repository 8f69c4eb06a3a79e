package dev.authyspring.benchmarks.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.authyspring.core.internal.RailsQueryString;
import dev.authyspring.core.onetouch.CallbackHeaders;
import dev.authyspring.core.onetouch.CallbackParameters;
import dev.authyspring.core.onetouch.OneTouchSignatureVerifier;
import dev.authyspring.core.onetouch.OneTouchSigner;
import dev.authyspring.core.onetouch.SignedCallback;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verification of the signature of the largest POST callback of authy-fixtures.md (A1.2)
 * with the starter's {@link OneTouchSignatureVerifier}: check the headers, parse the
 * body, render the canonical parameters, HMAC, compare in constant time. The parts are
 * measured separately too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class SignatureVerificationBenchmark {

	private byte[] body = new byte[0];

	private final CallbackHeaders headers = CallbackHeaders
		.of(Map.of(OneTouchSignatureVerifier.NONCE_HEADER, List.of(Fixtures.A1_2_NONCE),
				OneTouchSignatureVerifier.SIGNATURE_HEADER, List.of(Fixtures.A1_2_SIGNATURE)));

	private OneTouchSignatureVerifier verifier = OneTouchSignatureVerifier.of(Fixtures.A1_2_KEY);

	private Map<String, @Nullable Object> parameters = Map.of();

	private String canonical = "";

	private OneTouchSigner signer = new OneTouchSigner(Fixtures.A1_2_KEY);

	@Setup
	public void setUp() {
		this.body = Fixtures.a12Body();
		this.verifier = OneTouchSignatureVerifier.of(Fixtures.A1_2_KEY);
		this.signer = new OneTouchSigner(Fixtures.A1_2_KEY);
		this.parameters = CallbackParameters.parseJson(this.body);
		this.canonical = RailsQueryString.of(this.parameters);
		// Throws if the vector does not verify.
		verify();
		if (!this.signer.sign(Fixtures.A1_2_NONCE, "POST", Fixtures.A1_2_URL, this.canonical)
			.equals(Fixtures.A1_2_SIGNATURE)) {
			throw new IllegalStateException("the A1.2 vector does not verify");
		}
	}

	/** The whole verification, as the callback endpoint does it. */
	@Benchmark
	public SignedCallback verify() {
		return this.verifier.verifyPost(Fixtures.A1_2_URL, this.headers, this.body);
	}

	@Benchmark
	public Map<String, @Nullable Object> parseBody() {
		return CallbackParameters.parseJson(this.body);
	}

	@Benchmark
	public String canonicalise() {
		return RailsQueryString.of(this.parameters);
	}

	@Benchmark
	public String hmac() {
		return this.signer.sign(Fixtures.A1_2_NONCE, "POST", Fixtures.A1_2_URL, this.canonical);
	}

}
