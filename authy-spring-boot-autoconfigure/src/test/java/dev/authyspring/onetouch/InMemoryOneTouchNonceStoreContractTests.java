package dev.authyspring.onetouch;

/**
 * The store contract for {@link InMemoryOneTouchNonceStore}.
 */
class InMemoryOneTouchNonceStoreContractTests extends OneTouchNonceStoreContractTests {

	@Override
	protected OneTouchNonceStore createStore() {
		return new InMemoryOneTouchNonceStore(InMemoryOneTouchNonceStore.DEFAULT_CAPACITY, this.clock);
	}

}
