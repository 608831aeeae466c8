package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;

/**
 * A person as other modules may know them: how to name and reach them, where they live.
 */
public record PersonSummary(UUID id, String displayName, String email, Language language, Prefecture prefecture) {

}
