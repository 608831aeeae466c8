package jp.musubi.tourism.confirmation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jp.musubi.platform.web.PublicAddress;
import jp.musubi.tourism.booking.Booking;

import org.springframework.stereotype.Component;

/**
 * The QR code a guest shows at the front desk: the address of the staff's check-in page
 * for the booking, with the booking's random check-in token, so a facility's phone opens
 * it directly and the code says nothing about the guest.
 */
@Component
public class CheckInCode {

	/** Large enough for a phone camera from a printed page or a screen. */
	private static final int SIZE = 320;

	private final String baseUrl;

	CheckInCode(PublicAddress address) {
		this.baseUrl = address.base();
	}

	public String url(Booking booking) {
		return this.baseUrl + "/tourism/check-in/" + booking.checkInToken();
	}

	public byte[] png(Booking booking) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url(booking), BarcodeFormat.QR_CODE, SIZE, SIZE,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A check-in address does not fit a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
