package jp.musubi.insight.teleworkers.web;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationFormTests {

	@Test
	void aWholeNumberIsReadAsStaffTypeIt() {
		assertThat(employed("12345")).hasValue(12_345);
		assertThat(employed("12,345")).hasValue(12_345);
		assertThat(employed("１２，３４５")).hasValue(12_345);
		assertThat(employed(" 100,000,000 ")).hasValue(100_000_000);
		assertThat(employed("1")).hasValue(1);
	}

	@Test
	void anythingElseIsNotAnEmployedPopulation() {
		assertThat(employed("0")).isEmpty();
		assertThat(employed("-5")).isEmpty();
		assertThat(employed("12.5")).isEmpty();
		assertThat(employed("1,23")).isEmpty();
		assertThat(employed("100,000,001")).isEmpty();
		assertThat(employed("99999999999999999999")).isEmpty();
		assertThat(employed("一万")).isEmpty();
		assertThat(employed("")).isEmpty();
	}

	private static OptionalInt employed(String typed) {
		PopulationForm form = new PopulationForm();
		form.setEmployed(typed);
		return form.employedCount();
	}

}
