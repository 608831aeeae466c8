package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.platform.text.Prefecture;

/** A support agent as the public directory shows it. */
public record ListedAgent(UUID id, String name, String nameLatin, Prefecture prefecture, String description,
		String website) {

}
