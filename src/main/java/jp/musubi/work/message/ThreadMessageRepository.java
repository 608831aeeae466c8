package jp.musubi.work.message;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThreadMessageRepository extends JpaRepository<ThreadMessage, UUID> {

	List<ThreadMessage> findByThreadIdOrderByCreatedAt(UUID threadId);

}
