/**
 * Fulfilment files the producers exchange with their carrier: the label rows they import
 * into ヤマト運輸's B2クラウド to print 送り状, and the tracking numbers B2 gives back. Plain values
 * and files, so that a page, the API and a test read the same bytes.
 */
package jp.musubi.shop.fulfilment;
