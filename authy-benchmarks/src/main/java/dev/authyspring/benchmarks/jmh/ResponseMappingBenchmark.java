package dev.authyspring.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import dev.authyspring.client.AuthyClient;
import dev.authyspring.client.AuthyTokens;
import dev.authyspring.client.AuthyUsers;
import dev.authyspring.client.model.TokenVerification;
import dev.authyspring.client.model.UserStatus;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's cost per call without I/O: the starter's {@link AuthyUsers#status} and
 * {@link AuthyTokens#verify} over an in-memory transport that returns the stub's bodies,
 * next to Jackson reading the same bytes as a tree, which is the floor of the mapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class ResponseMappingBenchmark {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private byte[] statusBody = new byte[0];

	private AuthyUsers users = client(new byte[0]).users();

	private AuthyTokens tokens = client(new byte[0]).tokens();

	@Setup
	public void setUp() {
		this.statusBody = Fixtures.utf8(Fixtures.USER_STATUS);
		this.users = client(this.statusBody).users();
		this.tokens = client(Fixtures.utf8(Fixtures.TOKEN_VALID)).tokens();
		if (status().devices().size() != 2 || !verify().valid()) {
			throw new IllegalStateException("the canned responses were not mapped");
		}
	}

	private static AuthyClient client(byte[] body) {
		CannedResponseFactory transport = new CannedResponseFactory(body);
		return AuthyClient.builder()
			.apiKey("bench-api-key-0123456789abcdef")
			.baseUrl("http://127.0.0.1:1")
			.customize((builder) -> builder.requestFactory(transport))
			.build();
	}

	/** {@code AuthyUsers.status}: request building, RestClient, JSON tree, record. */
	@Benchmark
	public UserStatus status() {
		return this.users.status(1635);
	}

	/**
	 * {@code AuthyTokens.verify}: the same for the token check, with its query string.
	 */
	@Benchmark
	public TokenVerification verify() {
		return this.tokens.verify(1635, "1234567");
	}

	/** Jackson alone reading the status body as a tree. */
	@Benchmark
	public JsonNode statusJsonTree() {
		return this.jsonMapper.readTree(this.statusBody);
	}

}
