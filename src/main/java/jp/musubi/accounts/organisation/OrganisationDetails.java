package jp.musubi.accounts.organisation;

import jp.musubi.platform.text.Prefecture;

/** What an organisation says about itself. */
public record OrganisationDetails(String name, String nameLatin, Prefecture prefecture, String description,
		String website, boolean listed) {

}
