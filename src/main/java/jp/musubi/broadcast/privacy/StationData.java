package jp.musubi.broadcast.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The station's part of a person's download: the channels of their organisations, the
 * photos and videos they uploaded with how often and how long each was watched (counted
 * by area only: the station keeps no viewer's name), and the private channels they were
 * invited to watch. The stream key is left out: only its hash is kept, and it is a
 * secret.
 */
@Component
class StationData implements PersonalDataPart {

	private final PersonalRows rows;

	private final Accounts accounts;

	StationData(JdbcClient jdbc, Accounts accounts) {
		this.rows = new PersonalRows(jdbc);
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "broadcast";
	}

	@Override
	public Map<String, Object> of(UUID person) {
		Map<String, Object> part = new LinkedHashMap<>();
		List<UUID> organisations = this.accounts.organisationsOf(person).stream().map(OrganisationSummary::id).toList();
		part.put("channelsOfMyOrganisations", organisations.isEmpty() ? List.of() : this.rows.of("""
				SELECT id, organisation_id, name, description, visibility, created_at FROM broadcast_channel
				WHERE organisation_id IN (:organisations) ORDER BY created_at""",
				Map.of("organisations", organisations)));
		part.put("mediaUploaded",
				this.rows.of(
						"""
								SELECT m.id, m.channel_id, m.kind, m.title, m.description, m.status, m.created_at,
								       (SELECT count(*) FROM broadcast_view v WHERE v.media_id = m.id) AS views,
								       (SELECT count(*) FROM broadcast_view v WHERE v.media_id = m.id AND v.area = 'IN') AS views_in_region,
								       (SELECT coalesce(sum(v.watched_ms), 0) / 1000 FROM broadcast_view v WHERE v.media_id = m.id)
								         AS seconds_watched
								FROM broadcast_media m WHERE m.uploaded_by = :person ORDER BY m.created_at""",
						person));
		part.put("privateChannelsInvitedTo", this.rows.of("""
				SELECT c.id AS channel_id, c.name AS channel, v.invited_at FROM broadcast_channel_viewer v
				JOIN broadcast_channel c ON c.id = v.channel_id WHERE v.account_id = :person ORDER BY v.invited_at""",
				person));
		return part;
	}

}
