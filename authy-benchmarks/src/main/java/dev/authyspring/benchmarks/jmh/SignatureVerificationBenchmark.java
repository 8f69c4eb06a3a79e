package dev.authyspring.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.authyspring.onetouch.CallbackParameters;
import dev.authyspring.onetouch.OneTouchSigner;
import dev.authyspring.onetouch.RailsQueryString;
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
 * Verification of the signature of the largest POST callback of authy-fixtures.md (A1.2):
 * parse the body, render the canonical parameters, HMAC, compare in constant time. The parts
 * are measured separately too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class SignatureVerificationBenchmark {

	private byte[] body = new byte[0];

	private byte[] expected = new byte[0];

	private Map<String, @Nullable Object> parameters = Map.of();

	private String canonical = "";

	private OneTouchSigner signer = new OneTouchSigner(Fixtures.A1_2_KEY);

	@Setup
	public void setUp() {
		this.body = Fixtures.a12Body();
		this.expected = Fixtures.A1_2_SIGNATURE.getBytes(StandardCharsets.US_ASCII);
		this.signer = new OneTouchSigner(Fixtures.A1_2_KEY);
		this.parameters = CallbackParameters.parseJson(this.body);
		this.canonical = RailsQueryString.of(this.parameters);
		if (!verify()) {
			throw new IllegalStateException("the A1.2 vector does not verify");
		}
	}

	/** The whole verification, as the callback endpoint does it. */
	@Benchmark
	public boolean verify() {
		String canonical = RailsQueryString.of(CallbackParameters.parseJson(this.body));
		String signature = this.signer.sign(Fixtures.A1_2_NONCE, "POST", Fixtures.A1_2_URL, canonical);
		return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII), this.expected);
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
