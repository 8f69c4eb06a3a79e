package dev.authyspring.client.model;

/**
 * Usage of the Authy application in one month.
 *
 * @param year the year
 * @param month the month's English name, as Authy sends it
 * @param smsCount SMS sent
 * @param callsCount voice calls made
 * @param usersCount users added
 * @param authsCount authentications
 * @param apiCallsCount API calls
 */
public record MonthlyStats(int year, String month, long smsCount, long callsCount, long usersCount, long authsCount,
		long apiCallsCount) {

	/**
	 * Starts a month, meant for tests (in a stubbed {@link AppStats}, say): the client
	 * builds its own from Authy's answers. A count not set is {@code 0}, and the year and
	 * month are {@code 0} and empty, as the client reads them when Authy leaves them out,
	 * so a test that uses the builder keeps compiling when a component is added.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link MonthlyStats} for tests; not thread-safe.
	 */
	public static final class Builder {

		private int year;

		private String month = "";

		private long smsCount;

		private long callsCount;

		private long usersCount;

		private long authsCount;

		private long apiCallsCount;

		private Builder() {
		}

		/**
		 * Sets the year and the month.
		 * @param year the year
		 * @param month the month's English name, such as {@code August}
		 * @return this builder
		 */
		public Builder month(int year, String month) {
			this.year = year;
			this.month = month;
			return this;
		}

		/**
		 * Sets the number of SMS sent.
		 * @param smsCount the count
		 * @return this builder
		 */
		public Builder smsCount(long smsCount) {
			this.smsCount = smsCount;
			return this;
		}

		/**
		 * Sets the number of voice calls made.
		 * @param callsCount the count
		 * @return this builder
		 */
		public Builder callsCount(long callsCount) {
			this.callsCount = callsCount;
			return this;
		}

		/**
		 * Sets the number of users added.
		 * @param usersCount the count
		 * @return this builder
		 */
		public Builder usersCount(long usersCount) {
			this.usersCount = usersCount;
			return this;
		}

		/**
		 * Sets the number of authentications.
		 * @param authsCount the count
		 * @return this builder
		 */
		public Builder authsCount(long authsCount) {
			this.authsCount = authsCount;
			return this;
		}

		/**
		 * Sets the number of API calls.
		 * @param apiCallsCount the count
		 * @return this builder
		 */
		public Builder apiCallsCount(long apiCallsCount) {
			this.apiCallsCount = apiCallsCount;
			return this;
		}

		/**
		 * Builds the month.
		 * @return the month
		 */
		public MonthlyStats build() {
			return new MonthlyStats(this.year, this.month, this.smsCount, this.callsCount, this.usersCount,
					this.authsCount, this.apiCallsCount);
		}

	}

}
