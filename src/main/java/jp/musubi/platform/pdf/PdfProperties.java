package jp.musubi.platform.pdf;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Noto CJK font collections are: Debian's {@code fonts-noto-cjk} puts them in
 * {@code /usr/share/fonts/opentype/noto}.
 */
@ConfigurationProperties("musubi.pdf")
record PdfProperties(@DefaultValue("/usr/share/fonts/opentype/noto") Path fontDirectory) {

}
