package jp.musubi.shop.order.web;

import java.io.Serial;
import java.io.Serializable;

import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.order.Addressee;

/** A name and Japanese address as typed; the domain judges them. */
public class AddresseeForm implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private String name;

	private String phone;

	private String postalCode;

	private String prefecture;

	private String address;

	Addressee toAddressee() {
		return new Addressee(this.name, this.phone, this.postalCode, Prefecture.ofCode(this.prefecture).orElse(null),
				this.address);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
