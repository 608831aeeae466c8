package jp.musubi.work.message;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ThreadReaderRepository extends JpaRepository<ThreadReader, ThreadReader.Key> {

	List<ThreadReader> findByThreadId(UUID threadId);

	/**
	 * Conversations with a message from someone else that the reader has not read yet.
	 */
	@Query("""
			select count(distinct r.threadId) from ThreadReader r
			where r.accountId = :account and exists (select m from ThreadMessage m
			where m.threadId = r.threadId and m.createdAt > r.lastReadAt and m.authorId <> :account)""")
	long countUnread(@Param("account") UUID account);

	List<ThreadReader> findByAccountId(UUID account);

}
