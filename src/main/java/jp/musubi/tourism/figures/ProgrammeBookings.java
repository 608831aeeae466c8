package jp.musubi.tourism.figures;

public record ProgrammeBookings(String code, String name, long bookings, long people) {

}
