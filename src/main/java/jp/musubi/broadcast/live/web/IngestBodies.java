package jp.musubi.broadcast.live.web;

import java.util.List;

import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * An encoder pushes segments of up to {@link LiveIngest#MAX_SEGMENT_BYTES}; the stream
 * key in the address is checked before the body is read, so the allowance is for any
 * caller.
 */
@Component
class IngestBodies implements LargeBodies {

	@Override
	public List<BodyAllowance> allowances() {
		return List.of(BodyAllowance.forAnyone(HttpMethod.PUT, IngestController.PATH + "{streamKey}/{name}",
				DataSize.ofBytes(LiveIngest.MAX_SEGMENT_BYTES)));
	}

}
