/**
 * People and organisations: sign-up, sign-in, roles, profiles kept the Japanese way,
 * consent for sensitive information, organisations and their members, API tokens, data
 * export and erasure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package jp.musubi.accounts;
