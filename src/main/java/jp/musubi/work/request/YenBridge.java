package jp.musubi.work.request;

import jp.musubi.platform.money.Yen;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Puts amounts of yen into the search index as whole numbers, for ranges and sorting. */
public class YenBridge implements ValueBridge<Yen, Long> {

	@Override
	public Long toIndexedValue(Yen value, ValueBridgeToIndexedValueContext context) {
		return (value != null) ? value.amount() : null;
	}

	@Override
	public Yen fromIndexedValue(Long value, ValueBridgeFromIndexedValueContext context) {
		return (value != null) ? Yen.of(value) : null;
	}

}
