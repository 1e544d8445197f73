import QtQuick
import QtTest
import Cradle.Desktop

// The whole quiz with the keyboard alone, then keeping and deleting results.
TestCase {
    id: test
    name: "Quiz"
    width: 1100; height: 760
    when: windowShown
    visible: true  // TestCase hides itself by default; the viewer must be on screen

    ViewerShell { id: shell; anchors.fill: parent }

    function page() { return findChild(shell, "page").item }
    readonly property string quizItem: "ababy-attachment-quiz/adult-attachment-quiz"

    function save(name) {
        const path = Support.shot(name)
        if (path !== "") grabImage(shell).save(path)
    }

    function initTestCase() {
        test.Window.window.requestActivate()
        tryCompare(test.Window.window, "active", true)
    }

    function test_1_the_whole_quiz_by_keyboard() {
        Viewer.keepResults = false
        Viewer.history.forgetAll()
        Viewer.open(quizItem)
        compare(Viewer.pageKind, "item")
        // Tab to Start, as a keyboard user does.
        let start = null
        for (let i = 0; i < 40 && !(start && start.activeFocus); ++i) {
            keyClick(Qt.Key_Tab)
            start = findChild(page(), "startQuiz")
            if (!start) { page().contentY += 200; wait(20) }
        }
        verify(start && start.activeFocus, "Start is reachable with Tab")
        keyClick(Qt.Key_Space)
        compare(Viewer.pageKind, "quiz")
        const quiz = Viewer.quiz
        verify(quiz.count >= 10)
        compare(quiz.index, 0)
        const next = findChild(page(), "quizNext")
        verify(!next.enabled)
        keyClick(Qt.Key_Return)  // not answered: nothing happens
        compare(quiz.index, 0)
        keyClick(Qt.Key_3)
        compare(quiz.selected, quiz.options[2].value)
        verify(next.enabled)
        keyClick(Qt.Key_Return)
        compare(quiz.index, 1)
        keyClick(Qt.Key_Backspace)  // back, and the answer is still there
        compare(quiz.index, 0)
        compare(quiz.selected, quiz.options[2].value)
        keyClick(Qt.Key_Return)
        const progress = findChild(page(), "quizProgress")
        for (let i = 1; i < quiz.count; ++i) {
            compare(quiz.index, i)
            compare(progress.value, i)
            if (i === 5) {  // for docs/screenshots: a question, answered
                keyClick(Qt.Key_6)
                save("quiz-question-answered-light")
            }
            keyClick(Qt.Key_1 + (i % 7))
            keyClick(Qt.Key_Return)
        }
        verify(quiz.finished)
        tryVerify(() => page().item && page().item.objectName === "quizResult")
        verify(Viewer.page !== quiz.result)
        verify(quiz.result.kinds().indexOf("outcome") >= 0)
        verify(quiz.result.kinds().indexOf("paragraph") >= 0)
        // Off by default: nothing was kept.
        compare(findChild(page(), "keepResults").checked, false)
        Viewer.history.reload()
        compare(Viewer.history.count, 0)
        // For docs/screenshots: the result, light and dark.
        save("quiz-result-light")
        Viewer.theme = "dark"
        waitForRendering(shell)
        save("quiz-result-dark")
        Viewer.theme = "light"
    }

    function test_2_keeping_is_opt_in_and_deletable() {
        Viewer.keepResults = true
        for (let round = 0; round < 2; ++round) {
            Viewer.open("quiz:" + quizItem)
            for (let i = 0; i < Viewer.quiz.count; ++i) { Viewer.quiz.chooseNumber(4); Viewer.quiz.next() }
            tryVerify(() => page().item && page().item.objectName === "quizResult")
            tryCompare(Viewer.quiz, "kept", true)
        }
        Viewer.open("history")
        compare(Viewer.history.count, 2)
        waitForRendering(shell)
        save("kept-results-light")
        // Delete one with its button.
        const list = page()
        wait(50)
        let button = null
        for (let j = 0; j < list.contentItem.children.length && !button; ++j) {
            const row = list.contentItem.children[j]
            if (row.keptId !== undefined && row.visible) button = findChild(row, "forget-" + row.keptId)
        }
        verify(button)
        waitForRendering(list)
        mouseClick(button)
        compare(Viewer.history.count, 1)
        // Delete all, after saying yes.
        const all = findChild(list.headerItem, "forgetAll")
        mouseClick(all)
        const confirm = findChild(list, "confirmForgetAll")
        tryCompare(confirm, "opened", true)
        confirm.accept()
        compare(Viewer.history.count, 0)
        Viewer.keepResults = false
    }
}
