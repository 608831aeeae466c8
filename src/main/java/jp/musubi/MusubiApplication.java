package jp.musubi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class MusubiApplication {

	public static void main(String[] args) {
		SpringApplication.run(MusubiApplication.class, args);
	}

}
