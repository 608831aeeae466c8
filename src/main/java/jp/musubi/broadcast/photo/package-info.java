/**
 * Photos for the station: an uploaded picture developed into a display copy and a
 * thumbnail that carry nothing of the original file but its pixels.
 */
package jp.musubi.broadcast.photo;
